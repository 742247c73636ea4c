// “Which file for my device”: the same advice as the release notes (one
// list, DEVICE_GUIDE in src/release/notes.ts), so the shelf and the release
// page can never disagree.
import { DEVICE_GUIDE } from '../release/notes.js';
import type { BookFormat } from '../book-files.js';

export interface DeviceAdvice {
  format: BookFormat;
  /** Plain text, e.g. “用 USB 数据线直接拷入 Kindle（放进 documents 文件夹）。” */
  text: string;
}

export function deviceGuide(): DeviceAdvice[] {
  return DEVICE_GUIDE.map((advice) => ({ ...advice }));
}
