// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8864829052821754) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 32763a5643191c5902c0fa8aa5560fe21285c402a20576a6513d67c6af3d605b
