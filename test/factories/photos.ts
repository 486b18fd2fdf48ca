/** Bytes that sniff as images (the magic numbers and some payload); tests never decode the picture. */
export const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR-test-png-payload')]);
export const JPEG_BYTES = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF-test-jpeg-payload'), Buffer.from([0xff, 0xd9])]);

export const photoOf = (bytes: Buffer, contentType = 'image/png') => ({ contentType, data: bytes.toString('base64') });
