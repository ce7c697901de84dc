// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.464257011733697) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 54e3b9f0ac798e5cd5d574bbf5c4efba8a297c2c7429a95ad0e04077f1f76124
