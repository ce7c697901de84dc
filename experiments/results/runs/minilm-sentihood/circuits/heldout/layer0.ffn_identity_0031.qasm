// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.607139051027236) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1e24220449546364b201c42122e8140ebfbeac0dae9d763ef6597d2bc171fa29
