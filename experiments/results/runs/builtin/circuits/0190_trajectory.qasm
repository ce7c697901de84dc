// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.483200589682202) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 93facca0b2ccae286b35b0cac4be317b320c0dd175df14df8d69c911200d46a9
