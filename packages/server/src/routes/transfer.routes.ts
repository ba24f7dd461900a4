/**
 * Imports (vCard, LinkedIn and Google CSV, a JSON backup) with a dry run and a report,
 * and exports (a full JSON backup, or vCard / CSV for address books).
 */

import { createRoute, z } from '@hono/zod-openapi';
import { EXPORT_FORMATS, exportData, IMPORT_FORMATS, importFile, today } from '@kindred/app';
import { createRouter } from '../http/api-app.ts';
import { AUTHED_ERRORS, errors, jsonBody, ok, SECURITY } from '../schemas/common.schema.ts';
import { ImportReportSchema } from '../schemas/companion.schema.ts';

const tags = ['import and export'];

const ImportBody = z.strictObject({
  fileName: z.string().trim().min(1).max(300).openapi({ example: 'contacts.vcf' }),
  text: z.string().min(1, 'the file is empty').openapi({ description: 'The file as text (UTF-8).' }),
  format: z
    .enum(IMPORT_FORMATS)
    .optional()
    .openapi({ description: 'Worked out from the name and content when left out.' }),
  dryRun: z.boolean().default(false).openapi({ description: 'Report what would happen; write nothing.' }),
  skipInvalid: z
    .boolean()
    .default(false)
    .openapi({ description: 'Import the good records and list the bad ones.' }),
});

const MEDIA: Record<(typeof EXPORT_FORMATS)[number], { type: string; extension: string }> = {
  json: { type: 'application/json', extension: 'json' },
  vcard: { type: 'text/vcard', extension: 'vcf' },
  csv: { type: 'text/csv', extension: 'csv' },
};

export function transferRoutes() {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/import',
      tags,
      summary: 'Import a contacts file or restore a backup; a bad record stops it all unless skipInvalid',
      security: SECURITY,
      request: jsonBody(ImportBody),
      responses: {
        200: ok(ImportReportSchema, 'What was (or would be) created, merged and skipped'),
        ...errors(...AUTHED_ERRORS, 409, 422),
      },
    }),
    async (c) => {
      const { fileName, text, format, dryRun, skipInvalid } = c.req.valid('json');
      return c.json(await importFile(c.var.ctx, { fileName, text, format }, { dryRun, skipInvalid }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/export',
      tags,
      summary: 'Download everything (json, restorable) or your people (vcard, csv)',
      security: SECURITY,
      request: { query: z.strictObject({ format: z.enum(EXPORT_FORMATS).default('json') }) },
      responses: {
        200: {
          description: 'The file, as an attachment',
          content: {
            'application/json': { schema: z.looseObject({}) },
            'text/vcard': { schema: z.string() },
            'text/csv': { schema: z.string() },
          },
        },
        ...errors(...AUTHED_ERRORS),
      },
    }),
    async (c) => {
      const result = await exportData(c.var.ctx, c.req.valid('query').format);
      const media = MEDIA[result.format];
      const day = today(c.var.ctx);
      return c.body(result.text, 200, {
        'Content-Type': `${media.type}; charset=utf-8`,
        'Content-Disposition': `attachment; filename="kindred-${day}.${media.extension}"`,
      });
    },
  );

  return app;
}
