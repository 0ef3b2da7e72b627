import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ContentError } from '@/lib/content-error';
import { contentPath, lineOfPath, parseDataFile, readContentFile } from '@/lib/content-files';
import type { WizardId } from './catalog';
import { resolvePrecision, type TeamPrecision, type WizardContent } from './precisions';
import { wizardFileSchema, type WizardFile } from './schema';
import { sectionNodes } from './section';

import type { WizardShape } from './state';

export type WizardStep = {
  number: number;
  title: string;
  phase?: string;
  /** The article's list item, as Markdown tree: rendered as the step's text. */
  content: ListItem;
  text: string;
  commands: string[];
  /** The team's values when the article shows the step's settings only as a screenshot. */
  precision?: TeamPrecision;
};

export type WizardPath = { key: string; label: string; intro?: RootContent; steps: WizardStep[] };

export type WizardDefinition = {
  id: WizardId;
  file: string;
  title: string;
  description: string;
  source: WizardFile['source'];
  branchParam: string | null;
  start: { title: string; nodes: RootContent[]; text: string };
  question: WizardFile['question'];
  outcomes: Record<string, { title: string; summary: string; node: RootContent; text: string }>;
  paths: Record<string, WizardPath>;
  shape: WizardShape;
};

/**
 * Reads a wizard: its structure from content/wizards, its text from the article it comes from (`content`:
 * the articles and code tables already read). No cache here: `getSite()` (lib/site) reads each wizard once.
 */
export function readWizard(id: WizardId, content: WizardContent): WizardDefinition {
  const relative = `wizards/${id}.json`;
  const file = contentPath(relative);
  const raw = readContentFile(relative);
  const data = parseDataFile(relative, raw, wizardFileSchema);
  const fail = (path: (string | number)[], reason: string): never => {
    throw new ContentError(file, lineOfPath(raw, path), reason);
  };

  const nodes =
    sectionNodes(content.article(data.source.article).tree, data.source.anchor) ??
    fail(['source', 'anchor'], `section « ${data.source.anchor} » introuvable`);
  const nodeAt = (index: number, path: (string | number)[]): RootContent =>
    nodes[index] ?? fail(path, `la section n’a pas de nœud ${index} (elle en a ${nodes.length})`);

  const paths: Record<string, WizardPath> = {};
  for (const [key, path] of Object.entries(data.paths)) {
    const list = nodeAt(path.list, ['paths', key, 'list']);
    if (list.type !== 'list' || !(list as List).ordered)
      fail(['paths', key, 'list'], `le nœud ${path.list} n’est pas une liste numérotée`);
    const items = (list as List).children;
    if (items.length !== path.titles.length) {
      fail(['paths', key, 'titles'], `${path.titles.length} titres pour ${items.length} étapes dans l’article`);
    }
    if (path.intro !== undefined && nodeAt(path.intro, ['paths', key, 'intro']).type !== 'paragraph') {
      fail(['paths', key, 'intro'], `le nœud ${path.intro} n’est pas un paragraphe`);
    }
    const steps = items.map((item, i): WizardStep => {
      const number = i + 1;
      const text = toString(item).replace(/\s+/g, ' ').trim();
      const commands = path.commands?.[String(number)] ?? [];
      for (const command of commands) {
        if (!text.includes(command))
          fail(
            ['paths', key, 'commands', String(number)],
            `« ${command} » n’est pas dans le texte de l’étape ${number}`,
          );
      }
      const phase = path.phases?.find((p) => number >= p.from && number <= p.to)?.label;
      const precisionData = path.precisions?.[String(number)];
      const precision = precisionData
        ? resolvePrecision(
            precisionData,
            (index, reason) => fail(['paths', key, 'precisions', String(number), 'sources', index], reason),
            content,
          )
        : undefined;
      return {
        number,
        title: path.titles[i] as string,
        content: item,
        text,
        commands,
        ...(phase ? { phase } : {}),
        ...(precision ? { precision } : {}),
      };
    });
    for (const number of Object.keys(path.precisions ?? {}))
      if (Number(number) < 1 || Number(number) > steps.length)
        fail(['paths', key, 'precisions', number], `pas d’étape ${number} (le chemin en a ${steps.length})`);
    paths[key] = {
      key,
      label: path.label,
      steps,
      ...(path.intro !== undefined ? { intro: nodeAt(path.intro, ['paths', key, 'intro']) } : {}),
    };
  }
  if ((data.branchParam === null) !== (Object.keys(paths).length === 1)) {
    fail(['branchParam'], 'un assistant sans paramètre de branche a exactement un chemin, et inversement');
  }

  const outcomes: WizardDefinition['outcomes'] = {};
  for (const [key, outcome] of Object.entries(data.outcomes)) {
    const node = nodeAt(outcome.node, ['outcomes', key, 'node']);
    outcomes[key] = {
      title: outcome.title,
      summary: outcome.summary,
      node,
      text: toString(node).replace(/\s+/g, ' ').trim(),
    };
  }
  data.question.answers.forEach((answer, i) => {
    if ('path' in answer && !paths[answer.path])
      fail(['question', 'answers', i, 'path'], `chemin « ${answer.path} » inconnu`);
    if ('outcome' in answer && !outcomes[answer.outcome])
      fail(['question', 'answers', i, 'outcome'], `issue « ${answer.outcome} » inconnue`);
  });

  const [from, to] = data.start.nodes;
  if (from >= to || to > nodes.length)
    fail(['start', 'nodes'], `plage de nœuds [${from}, ${to}) hors de la section (${nodes.length} nœuds)`);
  const startNodes = nodes.slice(from, to);

  const definition: WizardDefinition = {
    id,
    file,
    title: data.title,
    description: data.description,
    source: data.source,
    branchParam: data.branchParam,
    start: {
      title: data.start.title,
      nodes: startNodes,
      text: startNodes
        .map((node) => toString(node))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    },
    question: data.question,
    outcomes,
    paths,
    shape: {
      id,
      branchParam: data.branchParam,
      paths: Object.fromEntries(Object.entries(paths).map(([key, path]) => [key, path.steps.length])),
      outcomes: Object.keys(outcomes),
    },
  };
  return definition;
}
