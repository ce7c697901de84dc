// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.27410409297351457) q[0];
ry(2.312374323170245) q[0];
rz(0.1876893655975116) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0bffcb7b8d262bc984b9d336478c08b5297303299cfdb44d7183c6253eecc446
