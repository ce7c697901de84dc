// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.652534181873455) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d7b1a586f5949b0d2b1d3a90e406208f9ad98fdad3e53e018fddf4a5645bf4b1
