// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4934263035253306) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 80667a6425a25934f6ebb8bfaa745a1781eed9953ca29b455558e6ba0984064d
