import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { reloadOnWorkspaceEvents } from '../inbox/workspaceEvents.ts';
import { navigate } from '../router/navigate.ts';
import { useLocation } from '../router/useLocation.ts';
import { EmptyState } from '../ui/EmptyState.tsx';
import { Icon } from '../ui/Icon.tsx';
import { showToast } from '../ui/toasts.tsx';
import { BoardColumn } from './BoardColumn.tsx';
import { crmApi } from './crmApi.ts';
import type { Board, BoardLead } from './crmTypes.ts';
import './crm.css';

/**
 * `/pipelines`: a pipeline's leads as a board, one column per stage. Dragging a lead to another stage moves it —
 * and starts the flows triggered by that stage (shown on the column), once.
 */
export function PipelinesPage() {
  const { search } = useLocation();
  const pipelineId = search.get('pipeline') ?? undefined;
  const [board, setBoard] = useState<Board | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [moving, setMoving] = useState<Set<string>>(new Set());
  const load = useCallback(async () => {
    try {
      setBoard(await crmApi.board(pipelineId));
      setError(null);
    } catch (loadError) {
      setError(errorMessage(loadError));
    }
  }, [pipelineId]);
  useEffect(() => {
    void load();
    return reloadOnWorkspaceEvents(
      (type) => type === 'lead.updated' || type === 'contact.updated' || type === 'message.in',
      () => void load(),
      250,
    );
  }, [load]);

  const move = async (lead: BoardLead, stageName: string) => {
    if (!board || lead.stage === stageName) return;
    const stage = board.stages.find((candidate) => candidate.name === stageName);
    // Shown in the new column at once; the server's answer (and the event stream) confirm it.
    setBoard({
      ...board,
      // The card and its count and value go with it.
      stages: board.stages.map((column) => {
        const sign = column.id === stage?.id ? 1 : column.id === lead.stageId ? -1 : 0;
        return { ...column, total: column.total + sign, value: column.value + sign * (lead.value ?? 0) };
      }),
      leads: board.leads.map((other) =>
        other.id === lead.id ? { ...other, stage: stageName, stageId: stage?.id ?? null } : other,
      ),
    });
    setMoving((set) => new Set(set).add(lead.id));
    try {
      const moved = await crmApi.moveLead(lead.id, stageName);
      const started =
        moved.sessionId && stage?.flows.length ? stage.flows.map((flow) => `“${flow.name}”`).join(', ') : null;
      showToast(
        moved.sessionId
          ? started
            ? `Moved to ${stageName} · started ${started}`
            : `Moved to ${stageName} · the running bot was told`
          : `Moved to ${stageName}`,
      );
    } catch (moveError) {
      showToast(errorMessage(moveError), 'error');
    } finally {
      setMoving((set) => {
        const next = new Set(set);
        next.delete(lead.id);
        return next;
      });
      void load();
    }
  };

  const [newStage, setNewStage] = useState<string | null>(null);
  const addStage = async () => {
    const name = newStage?.trim();
    if (!board?.pipeline || !name) return;
    try {
      await crmApi.addStage(board.pipeline.id, name);
      setNewStage(null);
      await load();
    } catch (addError) {
      showToast(errorMessage(addError), 'error');
    }
  };

  // The whole pipeline's, from each stage's totals (the board shows only the newest leads of a long column).
  const leadCount = board?.stages.reduce((sum, stage) => sum + stage.total, 0) ?? 0;
  const total = board?.stages.reduce((sum, stage) => sum + stage.value, 0) ?? 0;
  return (
    <div className="board-page">
      <header className="board-page__head">
        <h1>Pipelines</h1>
        {board && board.pipelines.length > 0 ? (
          <select
            className="select"
            value={board.pipeline?.id ?? ''}
            onChange={(event) => navigate(`/pipelines?pipeline=${encodeURIComponent(event.target.value)}`)}
            aria-label="Pipeline"
            data-testid="pipeline-select"
          >
            {board.pipelines.map((pipeline) => (
              <option key={pipeline.id} value={pipeline.id}>
                {pipeline.name}
              </option>
            ))}
          </select>
        ) : null}
        {board?.pipeline ? (
          <span className="board-page__summary">
            {leadCount.toLocaleString()} lead{leadCount === 1 ? '' : 's'}
            {total ? ` · ${total.toLocaleString()} total value` : ''}
          </span>
        ) : null}
        <div className="board-page__actions">
          {board?.pipeline && newStage === null ? (
            <button type="button" className="btn btn--sm" onClick={() => setNewStage('')}>
              <Icon name="plus" size={15} /> Add stage
            </button>
          ) : null}
          {board?.pipeline && newStage !== null ? (
            <form
              className="board-page__add"
              onSubmit={(event) => {
                event.preventDefault();
                void addStage();
              }}
            >
              <input
                className="input input--sm"
                placeholder="Stage name"
                value={newStage}
                onChange={(event) => setNewStage(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') setNewStage(null);
                }}
                // biome-ignore lint/a11y/noAutofocus: the admin just asked to add a stage
                autoFocus
                aria-label="New stage name"
              />
              <button type="submit" className="btn btn--sm btn--primary" disabled={!newStage.trim()}>
                Add
              </button>
              <button type="button" className="btn btn--sm btn--ghost" onClick={() => setNewStage(null)}>
                Cancel
              </button>
            </form>
          ) : null}
        </div>
      </header>
      {error ? <p className="clist__error">{error}</p> : null}
      {board && !board.pipeline ? (
        <div className="page">
          <div className="card">
            <EmptyState icon="pipelines" title="No pipeline yet">
              A pipeline appears when a flow moves a lead to a stage, or when an admin creates one.
            </EmptyState>
          </div>
        </div>
      ) : null}
      {board?.pipeline ? (
        <div className="board" data-testid="board">
          {board.stages.map((stage) => (
            <BoardColumn
              key={stage.id}
              stage={stage}
              stages={board.stages}
              leads={board.leads.filter((lead) => lead.stageId === stage.id)}
              moving={moving}
              onMove={(leadId, stageName) => {
                const lead = board.leads.find((candidate) => candidate.id === leadId);
                if (lead) void move(lead, stageName);
              }}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
