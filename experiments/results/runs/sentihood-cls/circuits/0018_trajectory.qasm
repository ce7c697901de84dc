// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7806175591907314) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 14184ab94f805b92a658a69250dcc51329166d2fac2cc44c4171d384c2232c92
