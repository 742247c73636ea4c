export class ContourDrawOutline extends InkDrawOutline {
}
import { InkDrawOutline } from "./inkdraw.js";
