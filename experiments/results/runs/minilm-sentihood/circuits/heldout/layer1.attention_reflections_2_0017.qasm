// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9081394259574139) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8f439d675350e8ac17516e0a31d7aa6bb580f54b1dcf9567cfd46990ef8b5d6b
