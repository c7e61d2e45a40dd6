"""Resolution: who the actors are and when things happened, from the article itself."""
