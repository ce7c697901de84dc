// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4451056323446395) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 efc131648786d792b288c64e14f45a3ce23a61cb49c4ecf3b1761750e5c72c39
