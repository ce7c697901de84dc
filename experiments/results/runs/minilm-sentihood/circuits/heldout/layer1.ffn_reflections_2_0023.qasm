// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2835994936807666) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8331386ef725fb63146020822e580220ea80e89e5b42712323726c99296760db
