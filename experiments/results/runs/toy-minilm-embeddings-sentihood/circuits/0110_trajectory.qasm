// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2598785489802524) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3f84794dacb24bf06991acf4d3283ab587731def95ee6efd853317534aca2538
