// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6706664697892737) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f53216df8258265457e6e5315c68c66fb1d72363d27e49e3f8f2ea338b9a807
