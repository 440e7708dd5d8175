"""The sex a person noun says ("mother", "son"), which the nlp stage reads for pronoun agreement and the query
stage for whom an age or a description can be of ("a 59-year-old *woman*" is no "man accused of …")."""

FEMALE, MALE = "F", "M"

#: Person nouns that say their bearer's sex; nouns that say none ("victim", "driver") are absent.
NOUNS = {
    **dict.fromkeys((
        "mother", "daughter", "wife", "woman", "girl", "sister", "aunt", "niece", "grandmother",
        "granddaughter", "actress", "queen", "princess", "duchess", "businesswoman", "spokeswoman",
        "chairwoman", "congresswoman", "councilwoman", "policewoman", "girlfriend", "bride", "widow",
        "mom", "mum", "stepmother", "stepdaughter", "heiress", "waitress", "countess", "empress",
        "sportswoman", "horsewoman", "lady", "matriarch", "fiancee", "fiancée", "nun", "diva",
    ), FEMALE),
    **dict.fromkeys((
        "father", "son", "husband", "man", "boy", "brother", "uncle", "nephew", "grandfather",
        "grandson", "actor", "king", "prince", "duke", "businessman", "spokesman", "chairman",
        "congressman", "councilman", "policeman", "boyfriend", "groom", "widower", "dad",
        "stepfather", "stepson", "waiter", "emperor", "sportsman", "gentleman",
        "patriarch", "fiance", "monk", "priest",
    ), MALE),
}
