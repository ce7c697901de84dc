// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1050076966049993) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4c7328b4d9257c8b443d3e5a2c9818292d35c66c7f0f77ecd1ae63d913053543
