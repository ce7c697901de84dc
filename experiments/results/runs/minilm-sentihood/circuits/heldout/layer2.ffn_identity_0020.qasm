// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5469645364209486) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f40e2a73a900f2a48eb4e668ef1090ccdf82606f17e04a3cdf92f2f55f989c8d
