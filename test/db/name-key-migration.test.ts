/**
 * The data migration that re-folds stored name keys after foldName learned
 * the spellings of Muhammad: old keys become the new ones, a clash with an
 * existing row leaves the key alone, and running it again changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/people/names.ts';
import { truncateContent, useFreshDatabase } from '../support/database.ts';

const db = useFreshDatabase();
const migration = await readFile('prisma/migrations/20261201234500_fold_muhammad_name_keys/migration.sql', 'utf8');

async function runMigration(): Promise<void> {
  for (const statement of migration.split(/;\s*$/m).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean)) {
    await db.prisma.$executeRawUnsafe(statement);
  }
}

describe('re-folding stored name keys', () => {
  it('gives the keys foldName gives now, and leaves a clashing key alone', async () => {
    await truncateContent(db.prisma);
    await db.prisma.person.createMany({
      data: [
        { name: 'Mohammed bin Salman', key: 'mohammed bin salman', nameKeys: ['mohammed bin salman', 'bin salman'] },
        { name: 'Muhammad Yunus', key: 'muhammad yunus', nameKeys: ['muhammad yunus', 'yunus'] },
        { name: 'Mohamed Yunus', key: 'mohamed yunus', nameKeys: ['mohamed yunus'] },
        { name: 'Mahmoud Abbas', key: 'mahmoud abbas', nameKeys: ['mahmoud abbas', 'abbas'] },
      ],
    });
    await runMigration();
    await runMigration();
    const people = await db.prisma.person.findMany({ orderBy: { name: 'asc' }, select: { name: true, key: true, nameKeys: true } });
    const byName = new Map(people.map((p) => [p.name, p]));
    expect(byName.get('Mohammed bin Salman')).toMatchObject({ key: foldName('Mohammed bin Salman'), nameKeys: ['mohamed bin salman', 'bin salman'] });
    // "mohamed yunus" is another row's key: this one keeps its key, its lookup keys are re-folded.
    expect(byName.get('Muhammad Yunus')).toMatchObject({ key: 'muhammad yunus', nameKeys: ['mohamed yunus', 'yunus'] });
    expect(byName.get('Mahmoud Abbas')).toMatchObject({ key: 'mahmoud abbas', nameKeys: ['mahmoud abbas', 'abbas'] });
  });
});
