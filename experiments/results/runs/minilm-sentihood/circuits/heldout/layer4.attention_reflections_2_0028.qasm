// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.37510422268827615) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2f6ba9eebe2efb1f88d97ef37bbaf4e22c2a3aebd6c2986a81409170cc8e485d
