// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6321948403062545) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad857dc47f537efb4c01571edcd1044faac875270fc8fba2e3ca0665ad070d93
