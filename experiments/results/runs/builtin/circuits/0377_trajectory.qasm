// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8270651744526774) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 54a3bd7ad057299a777d0ca3964e8fc313b88faa24f37c1d7323f53ad439d7ba
