/**
 * The text of a CSV file. HR systems export UTF-8 or, often, Windows-1252 (Excel in Italy):
 * a file that is not valid UTF-8 is read as Windows-1252 so accents survive.
 */
export async function readCsvFile(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function isCsvFile(file: File): boolean {
  return /\.(csv|txt)$/i.test(file.name) || file.type === 'text/csv' || file.type === 'text/plain';
}
