# rules/estimate.rs: estimate-total.

estimate-total = timerne giver { $sum } i alt, ikke { $total }
estimate-total-label = burde være { $sum }
estimate-total-help = ret totalen eller de timer, den summerer
estimate-extra = rækken har { $figures } tal, men [estimate] nævner { $phases } faser
estimate-extra-label = et tal uden fase
estimate-extra-help = nævn fasen i `[estimate] phases`, eller fjern tallet
estimate-too-large = timerne for { $rows } er for store til at regne med; modellens timer eller antallene er ikke, hvad en plan rummer
