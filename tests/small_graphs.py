"""Small inline graphs several test modules read (Turtle with the project's prefixes)."""

# Five agents: Hub Corp shares two deals with Alpha (one neighbour, two links), one three-party
# deal with Beta Bank and Gamma (who so neighbour each other too), and employs Pat Lee.
HUB = """
dgr:hub a dg:Company ; rdfs:label "Hub Corp" .
dgr:alpha a dg:Company ; rdfs:label "Alpha" .
dgr:beta a dg:Bank ; rdfs:label "Beta Bank" .
dgr:gamma a dg:Company ; rdfs:label "Gamma" .
dgr:pat a dg:Person ; rdfs:label "Pat Lee" .
dgr:d1 a dg:Partnership ; dg:party dgr:hub, dgr:alpha ; dg:status dg:signed .
dgr:d2 a dg:Investment ; dg:party dgr:hub, dgr:alpha ; dg:status dg:planned .
dgr:d3 a dg:Partnership ; dg:party dgr:hub, dgr:beta, dgr:gamma ; dg:status dg:announced .
dgr:p1 a dg:Position ; dg:person dgr:pat ; dg:organization dgr:hub ; dg:status dg:active .
"""
