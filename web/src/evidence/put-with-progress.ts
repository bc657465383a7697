/**
 * PUTs a file to a presigned URL, reporting progress (0..1). fetch cannot report upload
 * progress, and a district office's slow link makes a 10 MB photo take a while.
 */
export function putWithProgress(
  url: string,
  headers: Record<string, string>,
  file: Blob,
  onProgress: (share: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () =>
      request.status < 300 ? resolve() : reject(new Error(`HTTP ${request.status} ${request.statusText}`));
    request.onerror = () => reject(new Error('network error'));
    request.send(file);
  });
}
