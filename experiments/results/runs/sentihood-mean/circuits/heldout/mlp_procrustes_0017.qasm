// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4085445283186089) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 223f03f6bdb477af6ed097a797c094573a7387b4527e3bd8fb30acd16e9b67a0
