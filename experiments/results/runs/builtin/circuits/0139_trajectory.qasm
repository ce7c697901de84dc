// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.420166043804324) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 11a1799f021dc3caaac8e9a1d5a742249611245f3c197aafd5b593f239252bde
