// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2224499290815518) q[0];
ry(1.1307723401251173) q[0];
rz(-0.09605305635356132) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 48b3b1f80534b285e389e56d77b64c2072508fdf951c836bfd5b7b87deaa8c18
