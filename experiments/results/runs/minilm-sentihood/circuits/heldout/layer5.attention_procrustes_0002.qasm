// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.391139545176199) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a13fd32321a9d43e697209e068f452173eca037f106eb96c3e104637265ab02
