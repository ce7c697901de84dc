// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.48851006183959766) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6a9cfcb83f67712b9efeba035fc2b5ffd340440964966e02afac7af8451dab0f
