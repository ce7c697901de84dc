// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5947466791115281) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7d795cd158b3fbff0ccfc4c021861d986c35efc9c7b0c05eabc343b32a3b3205
