// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8313902099754729) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d63032da026325332743d730dc0b6f91c98df028181350c24f03bb6525c43c07
