import express from 'express';
import { invalid } from '../lib/errors.js';
import { XLSX_TYPE } from './download.js';

/** The content types an upload route documents (it reads any, see rawSpreadsheet). */
export const SPREADSHEET_CONTENT_TYPES = ['text/csv', XLSX_TYPE, 'application/octet-stream'];

/**
 * The file as the raw body, whatever type the client names: browsers label a CSV
 * application/vnd.ms-excel on Windows, and a photo sent by mistake must reach the check that names
 * it as not a spreadsheet (server/lib/spreadsheet.ts). JSON bodies are parsed earlier and never
 * arrive here as a file.
 */
export const rawSpreadsheet = () => express.raw({ type: () => true, limit: '5mb' });

/** The uploaded file, or 400 `code` when the body is empty or was not sent as a file. */
export function uploadedFile(body: unknown, code: string, what: string): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw invalid(code, `请以 CSV 或 XLSX 文件作为请求体上传${what} (send the file as the request body)`);
  }
  return body;
}
