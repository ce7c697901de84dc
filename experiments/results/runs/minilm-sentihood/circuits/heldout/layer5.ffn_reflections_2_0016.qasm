// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7112007522705408) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1fc0b7396daf5173645a79d4cc36982a4cf33401ad6c4cb45ebb42284fdaa48f
