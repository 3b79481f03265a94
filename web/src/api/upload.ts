import { ApiError, headersFor, problemOf, reportUnauthenticated, withQuery, type Query } from './http';

export type UploadPhase = { phase: 'uploading'; percent: number } | { phase: 'processing' };

/**
 * Sends a text body with upload progress (fetch cannot report it): the caller shows a bar while
 * the bytes go out, then an indeterminate "processing" state until the server answers.
 */
export function uploadText<T>(path: string, text: string, contentType: string, query: Query, onProgress: (p: UploadPhase) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(path, query));
    for (const [name, value] of Object.entries(headersFor('POST', contentType))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ phase: 'uploading', percent: Math.round((event.loaded / event.total) * 100) });
    };
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', ''));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(JSON.parse(xhr.responseText) as T);
        return;
      }
      const error = problemOf(xhr.status, xhr.responseText);
      reportUnauthenticated(error, path);
      reject(error);
    };
    onProgress({ phase: 'uploading', percent: 0 });
    xhr.send(text);
  });
}
