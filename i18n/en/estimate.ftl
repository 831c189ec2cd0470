# rules/estimate.rs: estimate-total.

estimate-total = the hours add up to { $sum }, not { $total }
estimate-total-label = should be { $sum }
estimate-total-help = correct the total, or the hours it sums
estimate-extra = this row has { $figures } figures, but [estimate] names { $phases } phases
estimate-extra-label = a figure for no phase
estimate-extra-help = name the phase in `[estimate] phases`, or remove the figure
estimate-too-large = the hours of { $rows } are too large to compute; the model's hours or the counts are not what a plan holds
