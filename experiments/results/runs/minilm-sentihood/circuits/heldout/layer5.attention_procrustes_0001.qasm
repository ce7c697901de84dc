// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.486360562861583) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 837ce616da4b442411b3c56e989991fe6a9150e7f313eb3ee20b86aa41713118
