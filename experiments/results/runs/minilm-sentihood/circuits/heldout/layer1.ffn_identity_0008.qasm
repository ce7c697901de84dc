// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1744275644556526) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c72b0be868c7a71ef56009a156790a5c122140d4d0daf9dbd6e9c78ca00608c
