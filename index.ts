export { parse } from "./grammar/parse.js";
