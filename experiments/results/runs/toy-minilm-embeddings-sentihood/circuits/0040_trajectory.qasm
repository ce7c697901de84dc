// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.40748513075518733) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1917748c3240f2535a09b1f5c6f2f90d195b72b642d977339f5431103008717
