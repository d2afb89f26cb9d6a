-- The OCR language staff chose for a document (eng, spa, eng+spa); null: the server's default.
ALTER TABLE `documents` ADD `ocr_language` text;
