// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.17188327977287446) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d6110167bff4893ec9672cd87b79f16777ca7091626e9b0ece163d0a2e25c422
