"""The lemma memo gives the rule lemmatizer's own lemmas."""

from __future__ import annotations

SENTENCES = [
    "Gunmen raped and killed villagers; the troops were shelling the bridges.",
    "He is leaving, they left, she leaves: the leaves fell as the better army won.",
    "Drones were shot down over the cities, and two more drones hit houses.",
]


def test_the_model_lemmatizes_through_the_memo(nlp):
    assert "lemmatize" in vars(nlp.get_pipe("lemmatizer"))


def test_same_lemmas_as_spacy(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    remembered = lemmatizer.lemmatize
    docs = [nlp(s) for s in SENTENCES * 2]  # the second round answers from the memo
    lemmatizer.lemmatize = lemmatizer.rule_lemmatize
    try:
        plain = [nlp(s) for s in SENTENCES * 2]
    finally:
        lemmatizer.lemmatize = remembered
    ours = [[t.lemma_ for t in d] for d in docs]
    assert ours == [[t.lemma_ for t in d] for d in plain]
    assert "shell" in ours[0] and "leave" in ours[1] and "drone" in ours[2]


def test_a_remembered_answer_is_a_copy(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    token = nlp("bridges")[0]
    first = lemmatizer.lemmatize(token)
    first.append("spoiled")
    assert lemmatizer.lemmatize(token) == ["bridge"]
