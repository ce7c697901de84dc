// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0285067526363982) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9cb16058807f313641bb139625269add5b45d490e529bdffbcb2ee84beaaffca
