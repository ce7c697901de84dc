// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.466607815549801) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1d71d267e0229247e3bb98f904340d9e345dc7520b3e05deb9ef12fa3de48031
