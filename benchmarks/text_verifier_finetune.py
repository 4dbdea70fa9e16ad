"""Experiment (issue 9, round six): the text verifier as a cross-encoder, e5's last layers fine-tuned.

Same candidates and labels as benchmarks.text_verifier. Each candidate is read as
"query: slot: value | the text around it, the mention marked" by multilingual-e5-small; the
first layers stay frozen (their output is computed once), the last `--layers` layers and a
head over the mean-pooled output plus the slot, rule, polarity and hedging flags are trained,
five folds grouped by breach (no breach in both sides). Dev only; never the held-out parts.

    .venv/bin/python -m benchmarks.text_verifier_finetune [--layers 2 --epochs 3]
"""

from __future__ import annotations

import argparse
import copy
import time
from pathlib import Path

import numpy as np
import torch

from benchmarks import text_verifier as tv

MODEL = "models/multilingual-e5-small"
MAX_TOKENS = 128


def meta(cands) -> torch.Tensor:
    slot = [[c.key[0] == s for s in tv.SLOTS] for c in cands]
    flags = [[c.rule, c.key[2] == tv.DENIED, c.hedged] for c in cands]
    return torch.tensor(np.hstack([slot, flags]), dtype=torch.float32)


class Head(torch.nn.Module):
    def __init__(self, layers, extra: int) -> None:
        super().__init__()
        self.layers = torch.nn.ModuleList(layers)
        self.out = torch.nn.Linear(384 + extra, 1)

    def forward(self, hidden, mask, extra):
        width = int(mask.sum(1).max())
        hidden, mask = hidden[:, :width], mask[:, :width]
        ext = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in self.layers:
            result = layer(hidden, attention_mask=ext)
            hidden = result[0] if isinstance(result, tuple) else result
        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return self.out(torch.cat([pooled, extra], 1)).squeeze(1)


def main(argv: list[str] | None = None) -> int:
    from sklearn.model_selection import GroupKFold
    from transformers import AutoModel, AutoTokenizer

    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--out", default="/tmp/tv_ft_p.npy")
    args = ap.parse_args(argv)
    torch.set_num_threads(2)
    torch.manual_seed(0)
    examples, groups_of = [], []
    for path in sorted(tv.DEV.glob("*.jsonl")):
        got = tv.load_examples_file(path)
        examples += got
        groups_of += [tv.breach_of(path)] * len(got)
    cands = tv.candidates(examples)
    y = torch.tensor([c.label for c in cands], dtype=torch.float32)
    groups = np.array([groups_of[c.passage] for c in cands])
    tok = AutoTokenizer.from_pretrained(MODEL)
    bert = AutoModel.from_pretrained(MODEL).eval()
    enc = tok([f"query: {c.claim_text} | {c.window}" for c in cands], padding="max_length", truncation=True,
              max_length=MAX_TOKENS, return_tensors="pt")
    cut = bert.config.num_hidden_layers - args.layers
    start = time.time()
    cache = Path(f"/tmp/tv_frozen_{cut}_{len(cands)}.pt")
    if cache.exists():
        frozen = torch.load(cache)
    else:
        with torch.no_grad():
            frozen = []
            for i in range(0, len(cands), 64):
                out = bert(input_ids=enc["input_ids"][i:i + 64], attention_mask=enc["attention_mask"][i:i + 64],
                           output_hidden_states=True)
                frozen.append(out.hidden_states[cut].half())
            frozen = torch.cat(frozen)
        torch.save(frozen, cache)
    print(f"frozen {cut} layers in {time.time() - start:.0f}s", flush=True)
    mask = enc["attention_mask"]
    extra = meta(cands)
    p = np.zeros(len(cands))
    for fold, (train, test) in enumerate(GroupKFold(n_splits=5).split(np.zeros(len(cands)), groups=groups)):
        head = Head([copy.deepcopy(bert.encoder.layer[i]) for i in range(cut, bert.config.num_hidden_layers)],
                    extra.shape[1])
        opt = torch.optim.AdamW([{"params": head.layers.parameters(), "lr": args.lr},
                                 {"params": head.out.parameters(), "lr": 1e-3}], weight_decay=0.01)
        head.train()
        for _epoch in range(args.epochs):
            order = np.random.default_rng(fold + _epoch).permutation(train)
            for i in range(0, len(order), 32):
                b = torch.from_numpy(order[i:i + 32])
                loss = torch.nn.functional.binary_cross_entropy_with_logits(
                    head(frozen[b].float(), mask[b], extra[b]), y[b])
                opt.zero_grad()
                loss.backward()
                opt.step()
        head.eval()
        with torch.no_grad():
            t = torch.from_numpy(test)
            p[test] = np.concatenate([torch.sigmoid(head(frozen[t[i:i + 64]].float(), mask[t[i:i + 64]],
                                                          extra[t[i:i + 64]])).numpy() for i in range(0, len(t), 64)])
        print(f"fold {fold} done at {time.time() - start:.0f}s", flush=True)
    np.save(args.out, p)
    rule = np.array([c.rule for c in cands])
    yn = y.numpy().astype(int)
    print(f"AUC rule claims {tv.auc(yn[rule], p[rule]):.3f}, dropped {tv.auc(yn[~rule], p[~rule]):.3f}")
    print("| reading | P | R | F1 | polarity errors | traps clean |\n| --- | ---: | ---: | ---: | ---: | ---: |")
    print(tv.report_row("the rules alone", examples, tv.predicted_sets(examples, cands, np.ones(len(cands)), "veto", 0, 1)))
    for t in (0.2, 0.3, 0.4, 0.5):
        print(tv.report_row(f"veto p < {t}", examples, tv.predicted_sets(examples, cands, p, "veto", t, 1)))
    for t in (0.5, 0.6, 0.7, 0.8):
        print(tv.report_row(f"add p >= {t}", examples, tv.predicted_sets(examples, cands, p, "add", 0, t)))
    for tv_, ta in ((0.3, 0.7), (0.2, 0.8)):
        print(tv.report_row(f"both {tv_} / {ta}", examples, tv.predicted_sets(examples, cands, p, "both", tv_, ta)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
